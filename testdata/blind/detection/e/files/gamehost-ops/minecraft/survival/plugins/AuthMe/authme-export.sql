-- AuthMe table export, 2024-02-11
INSERT INTO `authme` (`id`,`username`,`realname`,`password`,`ip`,`lastlogin`) VALUES
(1,'stonegrinder','StoneGrinder','$SHA$d1773db4199b7c5b$e792ff9381c3d112da4466ef9e122ac45dd21e73e82d0bd4a8012bcdd0ccb41a','10.8.0.22',1707645012000),
(2,'mossy_kat','Mossy_Kat','$SHA$7436111fba79b504$82ef3bc6454f78b43805a0eda1969a1fd7e190a3a9acf64e2e5be321de190851','10.8.0.31',1707651190000),
(3,'admin_lakeside','Admin_Lakeside','$SHA$6ecca4a7d8883816$ef05550eccf9bfa602c77cb9eda450613e940346e3f5b6aa9ecc58fe9352626d','10.8.0.2',1707656003000);
