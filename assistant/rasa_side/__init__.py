"""Everything that runs inside the Rasa server on Python 3.10: its project files, the
linear NLU, the state-keeping tracker store and channel, and the log filter.

Nothing here may import the rest of the project: Rasa's environment does not have its libraries."""
