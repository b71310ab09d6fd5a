from pressrel.cli import main

raise SystemExit(main())
