package com.example.legacy;

public enum OrderStatus {
    PLACED, SHIPPED
}
