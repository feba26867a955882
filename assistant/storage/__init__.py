"""The gateway's database: engine, tables, the store, migrations and Rasa's tracker store."""
