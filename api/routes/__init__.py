"""One router per resource; routes call service modules and hold no queries."""
