// built bundle
const firebaseConfig = {
  apiKey: "AIza42McQfEf3r0cLIW1Cjt1FtVtqrJyVoX2quJ",
  authDomain: "nw-web-prod.firebaseapp.com",
  projectId: "nw-web-prod",
  appId: "1:668564663920:web:38e588187a04e3ffbc5cac"
};
