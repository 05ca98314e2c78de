"""Coding rules: rule sets and rule types, the engine that matches them, discards, PETRARCH readers."""
