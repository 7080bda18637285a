import axios from 'axios';

// TaxJar integration
export const taxJarHttp = axios.create({
  baseURL: 'https://api.taxjar.com/v2/taxes',
  headers: { 'Authorization': 'Bearer d01814b4a1394fd78ea657e6ea569ae1' },
});

