CREATE DATABASE certification_query OWNER certification;
