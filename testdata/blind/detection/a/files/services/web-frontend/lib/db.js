const { MongoClient } = require('mongodb');
const uri = 'mongodb+srv://webapp:Kb9vjsw^o!ydP_A@cluster0.x7kq2.mongodb.net/shop?retryWrites=true&w=majority';
const client = new MongoClient(uri);

module.exports = client;
