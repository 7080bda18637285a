<?php  // Moodle configuration file
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'mariadb';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'localhost';
$CFG->dbname    = 'lernpl_moodle';
$CFG->dbuser    = 'lernpl_moodle';
$CFG->dbpass    = 'Gecko#Fiesta26';
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://lernen.vereinsheim.example';
$CFG->dataroot  = '/home/lernpl/moodledata';
$CFG->passwordsaltmain = '';
$CFG->passwordpolicy = 1;
require_once(__DIR__ . '/lib/setup.php');
