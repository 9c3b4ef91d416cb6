"""The edges of baokan: one module per command over a small shared one.

``app`` (options, errors, JSON printing) is what every command shares;
``annotate``, ``show``, ``schema``, ``annotators``, ``stats``, ``evaluate``
(``baokan eval``) and ``export`` are the commands, and ``main`` puts them
together. Readers, writers, the runners and rich rendering are their
machinery; ``formats/`` holds one exporter module per format.
"""
