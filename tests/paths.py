"""Where the tests' workbooks are: inside the repository, so that a clone alone runs every test.
Their sources and licences: data/README.md."""

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SAMPLES = DATA / "samples"  # the agency workbooks with their expected imports
PEERS = DATA / "peer-workbooks"  # workbooks other programs wrote, from two libraries' test suites
