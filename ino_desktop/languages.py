"""The languages the program speaks, in one place: the window's, the packs', the catalogues' and the
command line's choices all read this list."""

LANGUAGES = ("ru", "en")
