"""When and where an event happened, and how many died: dates, places, gazetteer, fatalities."""
