"""The newsroom's content model and build steps, as plain functions.

This package is the bottom floor of the project: the Pelican plugins in
``plugins/`` and the invoke tasks in ``tasks.py`` both import it, so that the
preview, ``invoke check`` and the publishing build agree on what a valid story
is.
"""
