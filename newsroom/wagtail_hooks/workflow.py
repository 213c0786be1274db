"""Hooks of the approval workflow and the publication request."""
