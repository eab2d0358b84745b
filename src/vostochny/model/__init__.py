"""The data model: pydantic models (the source of truth), labels, schema generation, migrations."""
