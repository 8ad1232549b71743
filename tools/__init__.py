"""Staff and developer tools (demo atlas, synthetic feeds)."""
