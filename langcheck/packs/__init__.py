"""Rule packs: YAML files of rules, loaded, validated and turned into immutable ``Rule`` objects.

``loader`` reads a pack and checks it against ``pack.schema.json`` plus the
checks a schema cannot express, reporting file, line and key path;
``validation_cache`` remembers packs that passed; ``patterns`` holds the
pattern language (frozen and spaCy forms, the words a pattern needs);
``ruleset`` answers which rules exist and which are switched on.
"""
