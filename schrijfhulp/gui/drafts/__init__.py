"""Concepten: the drafts panel, its controller (autosave, switching drafts, actions on a
draft) and the Versies dialog."""
