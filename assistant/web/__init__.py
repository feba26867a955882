"""The web channel's pages: the demo host page at `/` and the widget's files at `/widget/`."""
