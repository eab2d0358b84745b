"""Checking: the rule catalogue, the rules, the validator and how its problems are printed."""
