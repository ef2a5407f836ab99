"""Offline Dutch style, grammar and typography rules whose rules are data in resources/rules/."""

from schrijfhulp.core.rules.engine import RuleChecker, preload, shared_checker
from schrijfhulp.core.rules.loader import RuleDataError, load_rules

__all__ = ["RuleChecker", "RuleDataError", "load_rules", "preload", "shared_checker"]
