"""Helpers shared by the workflow tests (kept for their imports; the factories do the work)."""

from tests.factories import approve_current_task, reject_current_task

__all__ = ["approve_current_task", "reject_current_task"]
