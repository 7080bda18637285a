import axios from 'axios';
import { secrets, vault } from '../secrets';

// IPQualityScore integration
const IPQUALITYSCORE_API_KEY = await secrets.get('ipqualityscore_api_key');

