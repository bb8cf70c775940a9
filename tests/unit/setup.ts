import { setQuiet } from '../../electron/logger';

// Info lines ("schema upgraded …") are for people running the app, not for test output.
setQuiet(true);
