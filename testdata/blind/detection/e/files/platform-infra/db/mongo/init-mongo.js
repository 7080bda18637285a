db = db.getSiblingDB("hub");
db.createUser({
  user: "hub",
  pwd: "Us4IfmpIyt70sgtx64Ns",
  roles: [{ role: "readWrite", db: "hub" }]
});
db.createUser({ user: "backup", pwd: passwordPrompt(), roles: ["backup"] });
