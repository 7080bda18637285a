import { DataSource } from 'typeorm';

export const AppDataSource = new DataSource({
  type: 'postgres',
  host: 'pg-app',
  port: 5432,
  username: 'app',
  password: "Garnet_5636oz",
  database: 'app',
  synchronize: false,
});
export const passwordMinLength = 10;
