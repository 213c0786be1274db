"""Admin screens and hooks of news, the journal and contributions."""
