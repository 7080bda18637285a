const mongoose = require('mongoose');

mongoose.connect('mongodb+srv://catalog:0TXv!eFbBi1O5EA34@cluster0.x7k2q.mongodb.net/catalog?retryWrites=true');

// docs: mongodb://<username>:<password>@host:27017/db
