import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { coreModules, featureModules } from '../app.module.js';
import { graphqlConfig, schemaFile } from './graphql.config.js';

// Builds the schema from the resolvers exactly as the api does, then writes it to api/schema.graphql.
@Module({ imports: [...coreModules, GraphQLModule.forRoot(graphqlConfig()), ...featureModules] })
class SchemaModule {}

const app = await NestFactory.create(SchemaModule, { logger: ['error'] });
await app.init();
const { schema } = app.get(GraphQLSchemaHost);
const target = process.argv[2] ?? schemaFile;
await writeFile(target, `${printSchema(schema)}\n`);
await app.close();
console.log(`wrote ${target}`);
