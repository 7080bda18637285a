#!/usr/bin/perl
use strict; use warnings;
use DBI;
my $dbh = DBI->connect('dbi:mysql:database=reports;host=mysql-rpt', 'reports', 'Mosaic.8384xn', { RaiseError => 1 });
my $sth = $dbh->prepare('SELECT COUNT(*) FROM orders');
