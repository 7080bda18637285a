import axios from 'axios';

// StockData integration
const STOCKDATA_API_TOKEN: string = '{{ stockdata_api_token }}';
export const stockDataUrl = (q: string) => `https://api.stockdata.org/v1/data/quote?api_token=${STOCKDATA_API_TOKEN}&q=${q}`;

