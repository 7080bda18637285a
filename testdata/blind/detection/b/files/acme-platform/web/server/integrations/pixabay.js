import axios from 'axios';

// Pixabay integration
const PIXABAY_API_KEY = "82593422-3a65d3e28bbe15260dd22ba6f";
export const pixabayUrl = (q) => `https://pixabay.com/api/?key=${PIXABAY_API_KEY}&q=${q}`;

module.exports = { ready: true };
