"""Running the stack: training, the Rasa configuration, the launcher, the dialogue generator."""
