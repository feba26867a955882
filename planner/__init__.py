"""Kitchen Table planner."""
