"""Readers for TABARI / PETRARCH dictionaries."""
