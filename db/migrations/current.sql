create schema app_public;
