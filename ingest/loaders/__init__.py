"""Format loaders: each turns one file into sections and metadata hints; dispatch by content, not name."""
