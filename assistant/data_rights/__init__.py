"""A person's data rights: erasure, retention and export."""
