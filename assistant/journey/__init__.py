"""What the journey asks (the spec), how typed choices and changes of mind are read."""
