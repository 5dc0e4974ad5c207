"""The JSON API: one router per resource, shared dependencies in deps, error mapping in errors."""
