"""python -m aimeeting: the same as the aimeeting script."""

from aimeeting.app import main

if __name__ == "__main__":
    main()
