import { Router } from "express";
import bcrypt from "bcryptjs";
import jwt from "jsonwebtoken";
import config from "config";
import { findUserByEmail, recordFailedLogin } from "../db/users";

const router = Router();
const MAX_ATTEMPTS = 5;

router.post("/login", async (req, res) => {
  const { email, password } = req.body ?? {};
  if (typeof email !== "string" || typeof password !== "string") {
    return res.status(400).json({ error: "email and password are required" });
  }
  const user = await findUserByEmail(email);
  if (!user || user.failedLogins >= MAX_ATTEMPTS) {
    return res.status(401).json({ error: "invalid credentials" });
  }
  const ok = await bcrypt.compare(password, user.passwordHash);
  if (!ok) {
    await recordFailedLogin(user.id);
    return res.status(401).json({ error: "invalid credentials" });
  }
  const token = jwt.sign({ sub: user.id, role: user.role }, config.get<string>("auth.jwtSecret"), {
    expiresIn: "1h",
    issuer: config.get<string>("auth.jwtIssuer"),
  });
  res.json({ token });
});

export default router;
