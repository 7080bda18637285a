<?php namespace Acme; final class Slug {}
