import axios from 'axios';

// Help Scout integration
const HELP_SCOUT_APP_ID: string = 'vBNCC6zACSplSrBtI5dea6iD8aJ5wpEU';
const HELP_SCOUT_APP_SECRET: string = 'chvXUrBh2odHZ11Uj8kofkHz30U1YuhF';

