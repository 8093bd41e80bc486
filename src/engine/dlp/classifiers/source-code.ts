/** Source code markers: statements that appear in program text and rarely in prose (case sensitive). */
import type { ClassifierDef } from './types.ts';
import { terms } from './terms.ts';

export const sourceCode: ClassifierDef = {
  id: 'source-code',
  name: 'Source Code',
  description: 'Markers of program source code in C, C++, Java, C#, JavaScript, Python, PHP, shell and SQL: #include, public static void, import java., def __init__, console.log, <?php, #!/bin/ and similar. Case sensitive; each distinct marker adds its weight.',
  context: [],
  contextScore: 0,
  terms: terms([
    '=#include:25', '=#!/bin/bash:30', '=#!/bin/sh:30', '=#!/usr/bin/env:30', '=public static void:35', '=private static final:30',
    '=public class:20', '=import java.:25', '=package com.:20', '=System.out.println:30', '=console.log(:25', '=module.exports:30',
    '=def __init__(:30', '=import numpy:20', '=from django:20', '=<?php:35', '=using namespace:25', '=std::cout:25', '=printf(:20',
    '=int main(:25', '=return 0;:20', '=typedef struct:25', '=@Override:25', '=SELECT * FROM:20', '=INSERT INTO:20',
    '=CREATE TABLE:20', '=import React:20', '=export default:20', '=async function:20', '=function(:15', '=namespace:10',
    '=self.assert:20', '=if __name__:30', '=void main(:20', '=#define:25', '=#ifndef:25', '=BEGIN RSA PRIVATE KEY:40',
  ]),
};
