"""The edges of baokan: one module per command over a small shared one.

``app`` (options, errors, JSON printing) is what every command shares and
``selection`` turns --annotators, --set and --ner into a pipeline. The commands
are ``annotate``, ``show``, ``schema``, ``annotators``, ``stats`` (with
``plot``), ``evaluate`` (``baokan eval``), ``export`` and ``db``; ``main`` puts
them together and ``entry`` starts them. Their machinery: ``readers``,
``writers``, ``runner`` and ``dask_runner``, ``progress``, ``render`` (rich) and
``about`` (--version); ``formats/`` holds one exporter module per format.
"""
