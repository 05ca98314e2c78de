"""Actors: dictionaries of actor phrases and the resolver that turns noun phrases into actors."""
