import axios from 'axios';

// web3.storage integration
const WEB3_STORAGE_TOKEN: string = 'eyJ';
export const web3StorageHeaders = () => ({ 'Authorization': `Bearer ${WEB3_STORAGE_TOKEN}` });

