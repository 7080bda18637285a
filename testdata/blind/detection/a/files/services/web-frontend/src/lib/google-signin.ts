// Public OAuth client id for Google Sign-In in the browser (no secret here).
export const GOOGLE_CLIENT_ID = '111525152841-nkgp2yzdllrozkc28depbb8ws9e0xmkc.apps.googleusercontent.com';
