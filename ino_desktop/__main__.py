import sys

from ino_desktop.cli import main

sys.exit(main())
